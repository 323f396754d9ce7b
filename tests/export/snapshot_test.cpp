#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "export/exporter.hpp"
#include "export/snapshot_writer.hpp"
#include "graph/graph_json_reader.hpp"
#include "graph/snapshot_format.hpp"
#include "graph/snapshot_reader.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/graph_json_text.hpp"
#include "tests/export/snapshot_bytes.hpp"

using namespace ng::graph;

using ng::test::to_json;

namespace {

std::string to_snapshot(const KnowledgeGraph& kg) {
  std::ostringstream out;
  ng::exporters::write_graph(out, kg, ng::exporters::Format::Snapshot);
  return out.str();
}

// Reads snapshot bytes; the error, or "" when they were read (into `into` when given).
std::string read(std::string_view bytes, KnowledgeGraph* into = nullptr, bool evidence = true) {
  ng::test::AlignedBytes aligned(bytes);
  CompactGraph g;
  SnapshotReadOptions options;
  options.evidence = evidence;
  if (auto error = read_snapshot(aligned.span(), "g.ngx", g, options)) return *error;
  if (into) merge_compact(g, *into);
  return "";
}

std::string golden_seed_json() {
  std::ifstream in(std::filesystem::path(NG_TESTS_DIR) / "golden" / "seed.json", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

template <typename T>
void put(std::string& bytes, std::size_t offset, T value) {
  std::memcpy(bytes.data() + offset, &value, sizeof value);
}

}  // namespace

TEST_CASE("snapshot: JSON to snapshot to JSON is byte-identical, and back", "[snapshot]") {
  for (const std::string& json : {golden_seed_json(), to_json(ng::test::fixture_graph()),
                                  to_json(ng::test::person_fixture_graph())}) {
    REQUIRE(json.size() > 100);
    KnowledgeGraph parsed;
    std::istringstream in(json);
    REQUIRE_FALSE(read_graph_json(in, "seed.json", parsed));
    std::string snapshot = to_snapshot(parsed);
    KnowledgeGraph mapped;
    REQUIRE(read(snapshot, &mapped) == "");
    CHECK(to_json(mapped) == json);
    CHECK(to_snapshot(mapped) == snapshot);
  }
}

TEST_CASE("snapshot: merging a snapshot is merging its JSON", "[snapshot]") {
  KnowledgeGraph base = ng::test::fixture_graph();
  std::string json = to_json(ng::test::person_fixture_graph());
  KnowledgeGraph via_json = ng::test::fixture_graph();
  std::istringstream in(json);
  REQUIRE_FALSE(read_graph_json(in, "p.json", via_json));
  REQUIRE(read(to_snapshot(ng::test::person_fixture_graph()), &base) == "");
  CHECK(to_json(base) == to_json(via_json));
}

TEST_CASE("snapshot: queries without evidence leave it unread", "[snapshot]") {
  std::string snapshot = to_snapshot(ng::test::fixture_graph());
  // Corrupt the last byte (evidence strings): only a read that wants evidence notices.
  snapshot[snapshot.size() - 9] ^= 0x55;
  CHECK(read(snapshot, nullptr, false) == "");
  CHECK_THAT(read(snapshot), Catch::Contains("checksum mismatch"));
}

TEST_CASE("snapshot: hostile files are errors that name the file", "[snapshot]") {
  const std::string good = to_snapshot(ng::test::fixture_graph());
  REQUIRE(read(good) == "");
  CHECK(read("") == "g.ngx: truncated: 0 bytes, shorter than a snapshot header");
  CHECK(read("{\"nodes\": []}") == "g.ngx: truncated: 13 bytes, shorter than a snapshot header");
  CHECK_THAT(read(std::string(64, 'x')), Catch::Contains("not a newsgraph snapshot"));
  for (std::size_t length : {std::size_t{40}, std::size_t{100}, good.size() / 2, good.size() - 1}) {
    CHECK_THAT(read(good.substr(0, length)), Catch::StartsWith("g.ngx: truncated"));
  }
  std::string version = good;
  put<std::uint32_t>(version, 8, 2);
  CHECK(read(version) == "g.ngx: snapshot version 2; this newsgraph reads version 1 (rebuild it from the graph .json)");
  std::string endian = good;
  put<std::uint32_t>(endian, 12, __builtin_bswap32(snapshot::kByteOrderMark));
  CHECK_THAT(read(endian), Catch::Contains("other byte order"));

  // Every single flipped byte is caught, by a checksum or by the structural checks.
  for (std::size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] ^= 0x20;
    std::string error = read(bad);
    // Padding between sections is in no checksum: a flip there changes nothing read.
    if (error.empty()) continue;
    CHECK_THAT(error, Catch::StartsWith("g.ngx: "));
  }
}

TEST_CASE("snapshot: resealed corruption reaches the structural checks, never a crash", "[snapshot]") {
  const std::string good = to_snapshot(ng::test::person_fixture_graph());
  std::mt19937 random(7);
  std::size_t rejected = 0;
  for (int round = 0; round < 3000; ++round) {
    ng::test::AlignedBytes bytes(good);
    auto span = bytes.span();
    for (int flips = 0; flips < 1 + round % 3; ++flips) {
      std::size_t at = snapshot::kTableOffset + random() % (good.size() - snapshot::kTableOffset);
      span[at] = static_cast<std::byte>(random());
    }
    ng::test::reseal(span);
    CompactGraph g;
    auto error = read_snapshot(span, "g.ngx", g);
    if (error) {
      ++rejected;
      continue;
    }
    KnowledgeGraph kg;  // what was accepted must convert and query without fault
    merge_compact(g, kg);
    (void)to_json(kg);
  }
  CHECK(rejected > 1000);
}

TEST_CASE("snapshot: the file's first bytes tell it from JSON", "[snapshot]") {
  std::string snapshot = to_snapshot(ng::test::fixture_graph());
  CHECK(is_snapshot(std::as_bytes(std::span(snapshot.data(), snapshot.size()))));
  std::string json = to_json(ng::test::fixture_graph());
  CHECK_FALSE(is_snapshot(std::as_bytes(std::span(json.data(), json.size()))));
}

TEST_CASE("snapshot: the seed graph's snapshot is the golden file, byte for byte", "[snapshot]") {
  KnowledgeGraph parsed;
  std::istringstream in(golden_seed_json());
  REQUIRE_FALSE(read_graph_json(in, "seed.json", parsed));
  std::ifstream golden(std::filesystem::path(NG_TESTS_DIR) / "golden" / "seed.ngx", std::ios::binary);
  // A change here changes the format: raise snapshot::kVersion, then update the golden file.
  CHECK(to_snapshot(parsed) == std::string(std::istreambuf_iterator<char>(golden), {}));
}

TEST_CASE("snapshot: JSON written from the compact graph is JSON written from the graph", "[snapshot]") {
  // build writes JSON from the compact form when it writes the snapshot too, and from a lone
  // .ngx input: the bytes must not depend on which form they came from.
  auto from_compact = [](const KnowledgeGraph& kg) {
    std::ostringstream out;
    ng::exporters::write_graph(out, compact_graph(kg), ng::exporters::Format::Json);
    return out.str();
  };
  KnowledgeGraph seed;
  std::istringstream in(golden_seed_json());
  REQUIRE_FALSE(read_graph_json(in, "seed.json", seed));
  CHECK(from_compact(seed) == golden_seed_json());
  CHECK(from_compact(ng::test::fixture_graph()) == to_json(ng::test::fixture_graph()));
  CHECK(from_compact(ng::test::person_fixture_graph()) == to_json(ng::test::person_fixture_graph()));
}
