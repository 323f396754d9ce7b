#pragma once
// The data files compiled into the binary (see ng_embed in ingest/CMakeLists.txt).

#include <string_view>

namespace ng::ingest::embedded {

std::string_view iso_3166_1_json();  // Debian iso-codes: current countries
std::string_view iso_3166_3_json();  // Debian iso-codes: historical countries
std::string_view actors_json();      // ingest/lexicon/actors.json
std::string_view cues_json();        // ingest/lexicon/cues.json
std::string_view patterns_json();    // ingest/lexicon/patterns.json

}  // namespace ng::ingest::embedded
