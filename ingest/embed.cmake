# Turns a data file into a C++ source that defines
#   std::string_view <SYMBOL>() — the file's bytes.
# Run as: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=ns::name -P embed.cmake
file(READ "${INPUT}" hex HEX)
# Only the file's name: no absolute path of the build machine in generated sources.
get_filename_component(input_name "${INPUT}" NAME)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX MATCH "^(.*)::([^:]+)$" _ "${SYMBOL}")
set(ns "${CMAKE_MATCH_1}")
set(fn "${CMAKE_MATCH_2}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${input_name} by embed.cmake; do not edit.\n#include <string_view>\nnamespace ${ns} {\nstatic const char kData[] = {${bytes} '\\0'};\nstd::string_view ${fn}() { return std::string_view(kData, sizeof(kData) - 1); }\n}  // namespace ${ns}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
