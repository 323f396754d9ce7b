#include "ingest/person_ids.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace ng::ingest {

namespace {

// Built once per thread: creating a compound transliterator parses its rules (~1 ms).
icu::Transliterator& folder() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) throw std::runtime_error(std::string("ICU transliterator: ") + u_errorName(status));
    return t;
  }();
  return *instance;
}

}  // namespace

std::string ascii_slug(std::string_view name) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  folder().transliterate(text);
  std::string folded;
  text.toUTF8String(folded);
  std::string id;
  for (unsigned char c : folded) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      id += static_cast<char>(c);
    } else if (!id.empty() && id.back() != '-') {
      id += '-';  // spaces, punctuation, and whatever ICU could not fold
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? std::string("person") : id;
}

PersonIds::PersonIds(const ActorDictionary& dictionary) : dictionary_(dictionary) {}
PersonIds::~PersonIds() = default;

graph::Actor PersonIds::operator()(std::string_view name) {
  auto it = seen_.find(std::string(name));
  if (it != seen_.end()) return it->second;
  graph::Actor person{ascii_slug(name), std::string(name), graph::ActorKind::Person};
  if (const ActorEntry* entry = dictionary_.resolve(name); entry && entry->kind == graph::ActorKind::Person) {
    person = dictionary_.actor(*entry);
    person.kind = graph::ActorKind::Person;
  }
  return seen_.emplace(std::string(name), person).first->second;
}

}  // namespace ng::ingest
