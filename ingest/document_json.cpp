#include "ingest/document_json.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <string_view>

#include "graph/statement_json.hpp"

namespace ng::ingest {

namespace {

using graph::write_field;
using graph::write_optional;
using graph::write_statement;
using graph::write_string;

// The Sentence::index of the sentence at position `i` of doc.sentences, or -2 when out of range.
int sentence_index(const Document& doc, std::size_t i) {
  return i < doc.sentences.size() ? doc.sentences[i].index : -2;
}

int sentence_of_token(const Document& doc, std::uint32_t token) {
  // Sentences are in token order: the first one that ends after the token holds it.
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](std::uint32_t t, const Sentence& s) { return t < s.end_token; });
  return it != doc.sentences.end() && token >= it->first_token ? it->index : -2;
}

// The text of the tokens [first, end), which must be in range and not empty.
std::string_view token_range(const Document& doc, std::uint32_t first, std::uint32_t end) {
  return doc.slice(Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end});
}

template <typename Writer>
void write_document(Writer& w, const Document& doc) {
  w.StartObject();
  write_field(w, "id", doc.id);
  write_field(w, "title", doc.title);
  w.Key("date");
  write_optional(w, doc.date);
  w.Key("url");
  write_optional(w, doc.url);
  write_field(w, "text", doc.text);

  w.Key("sentences");
  w.StartArray();
  for (const Sentence& s : doc.sentences) {
    w.StartObject();
    write_field(w, "index", s.index);
    write_field(w, "text", doc.slice(s.span));
    write_field(w, "paragraph", s.paragraph);
    write_field(w, "duplicate", s.duplicate);
    w.EndObject();
  }
  w.EndArray();

  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : doc.mentions) {
    w.StartObject();
    w.Key("text");
    if (m.first_token < m.end_token && m.end_token <= doc.tokens.size()) {
      write_string(w, token_range(doc, m.first_token, m.end_token));
    } else {
      w.Null();
    }
    write_field(w, "actor", m.actor_id);
    write_field(w, "form", to_string(m.form));
    write_field(w, "sentence", sentence_of_token(doc, m.first_token));
    if (m.person >= 0 && static_cast<std::size_t>(m.person) < doc.persons.size()) {
      w.Key("person");
      write_string(w, doc.persons[static_cast<std::size_t>(m.person)].name);
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("persons");
  w.StartArray();
  for (const Person& p : doc.persons) {
    w.StartObject();
    write_field(w, "name", p.name);
    write_field(w, "surname", p.surname);
    w.Key("represents");
    write_optional(w, p.represents);
    w.Key("role");
    write_optional(w, p.role);
    w.EndObject();
  }
  w.EndArray();

  w.Key("verb_groups");
  w.StartArray();
  for (const VerbGroup& g : doc.chunks) {
    w.StartObject();
    write_field(w, "sentence", sentence_of_token(doc, g.head));
    write_field(w, "text", token_range(doc, g.first_token, g.end_token));
    write_field(w, "head", token_range(doc, g.head, g.end_token));
    // Only the flags that are set: most groups (a plain "urged") have none, which keeps
    // `inspect` small.
    if (g.negated) write_field(w, "negated", true);
    if (g.planned) write_field(w, "planned", true);
    if (g.passive) write_field(w, "passive", true);
    w.EndObject();
  }
  w.EndArray();

  w.Key("attributions");
  w.StartArray();
  for (const Attribution& a : doc.attributions) {
    w.StartObject();
    w.Key("sentence");
    w.Int(sentence_index(doc, a.sentence));
    w.Key("actor");
    write_optional(w, a.actor_id);
    w.Key("speaker");
    if (a.person >= 0 && static_cast<std::size_t>(a.person) < doc.persons.size()) {
      write_string(w, doc.persons[static_cast<std::size_t>(a.person)].name);
    } else {
      w.Null();
    }
    if (!a.co_speakers.empty()) {
      w.Key("co_speakers");
      w.StartArray();
      for (const std::string& actor : a.co_speakers) write_string(w, actor);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("clauses");
  w.StartArray();
  for (const Clause& c : doc.clauses) {
    w.StartObject();
    write_field(w, "sentence", sentence_of_token(doc, c.head));
    write_field(w, "verb", token_range(doc, c.head, c.verb_end));
    write_field(w, "opener", token_range(doc, c.opener, c.opener + 1));
    if (c.parent >= 0) write_field(w, "parent", c.parent);
    for (const auto& [key, list] : {std::pair{"subjects", &c.subjects}, std::pair{"objects", &c.objects}}) {
      w.Key(key);
      w.StartArray();
      for (int m : *list) {
        const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
        write_string(w, token_range(doc, mention.first_token, mention.end_token));
      }
      w.EndArray();
    }
    // Only the flags that are set, as for the verb groups.
    if (c.denied) write_field(w, "denied", true);
    if (c.supposed) write_field(w, "supposed", true);
    if (c.asked) write_field(w, "asked", true);
    if (c.undermined) write_field(w, "undermined", true);
    w.EndObject();
  }
  w.EndArray();

  w.Key("statements");
  w.StartArray();
  for (const graph::Statement& st : doc.statements) write_statement(w, st);
  w.EndArray();

  w.Key("diagnostics");
  w.StartArray();
  for (const Diagnostic& d : doc.diagnostics) write_string(w, d.format());
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string_view to_string(MentionForm form) {
  switch (form) {
    case MentionForm::Name: return "name";
    case MentionForm::Capital: return "capital";
    case MentionForm::Demonym: return "demonym";
    case MentionForm::People: return "people";
    case MentionForm::Person: return "person";
    case MentionForm::Pronoun: return "pronoun";
    case MentionForm::Description: return "description";
  }
  return "name";
}

void append_statement_json(std::string& out, const graph::Statement& statement) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  write_statement(writer, statement);
  out.append(buffer.GetString(), buffer.GetSize());
}

std::string statement_json(const graph::Statement& statement) {
  std::string out;
  append_statement_json(out, statement);
  return out;
}

std::string document_json(const Document& doc, bool pretty) {
  rapidjson::StringBuffer buffer;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    write_document(writer, doc);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    write_document(writer, doc);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace ng::ingest
