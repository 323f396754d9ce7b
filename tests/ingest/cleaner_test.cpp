#include "ingest/cleaner.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::run_until;

TEST_CASE("clean: typographic quotes, dashes and spaces become ASCII", "[clean]") {
  auto doc = run_until("\xE2\x80\x9CWe agree,\xE2\x80\x9D she said \xE2\x80\x94 Paris\xE2\x80\x99s view.", "clean");
  CHECK(doc.text == "\"We agree,\" she said - Paris's view.\n");
}

TEST_CASE("clean: page furniture and wire credits are dropped", "[clean]") {
  auto doc = run_until(
      "Skip to main content\nAdvertisement\nFrance urged Syria to talk.\n\nShare this post\n"
      "(Reporting by A. Writer; Editing by B. Editor)\n",
      "clean");
  CHECK(doc.text == "France urged Syria to talk.\n");
}

TEST_CASE("clean: the title comes first, whitespace collapses, CRLF and controls go", "[clean]") {
  auto doc = run_until("  One   two\r\nthree\x0c four\r\n", "clean", "A  title");
  CHECK(doc.text == "A title\nOne two\nthree four\n");
  CHECK(doc.body_begin == ng::ingest::ByteOffset(8));
}
