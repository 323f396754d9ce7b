#pragma once
// The subcommands of newsgraph; each parses its own arguments and returns the exit status:
// 0 ok, 1 some input skipped or an output failed, 2 usage error.

namespace ng::app {

int run_build(int argc, char** argv);
int run_statements(int argc, char** argv);
int run_path(int argc, char** argv);
int run_inspect(int argc, char** argv);
int run_neighbors(int argc, char** argv);
int run_stats(int argc, char** argv);

}  // namespace ng::app
