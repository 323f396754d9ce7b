// newsgraph: one executable, one subcommand per job. The table below drives dispatch and
// `newsgraph help` (ninja's kTools); each command parses its own arguments.

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "app/commands.hpp"
#include "app/common.hpp"

namespace {

struct Command {
  const char* name;
  const char* help;
  int (*run)(int argc, char** argv);
};

constexpr Command kCommands[] = {
    {"build", "read news (text, JSON Lines, graphs) and write the graph as GraphML, DOT or JSON",
     ng::app::run_build},
    {"statements", "print the extracted statements as JSON Lines (the map step of map/reduce)",
     ng::app::run_statements},
    {"path", "find a shortest path between two actors in a graph built by `build`", ng::app::run_path},
    {"inspect", "run the pipeline up to a stage and print the document as JSON", ng::app::run_inspect},
    {"neighbors", "list who an actor has ties with, criticizes or urges, and who does so to it", ng::app::run_neighbors},
    {"stats", "count nodes and edges, rank actors by degree, find connected components", ng::app::run_stats},
};

void print_usage(std::FILE* out) {
  std::fputs(
      "usage: newsgraph COMMAND [OPTIONS] ...\n\n"
      "Builds a knowledge graph of international actors (countries, organizations, armed groups,\n"
      "persons) and their relations (has-ties-with, criticizes, urges) from news text.\n\n"
      "commands:\n",
      out);
  for (const Command& command : kCommands) std::fprintf(out, "  %-11s %s\n", command.name, command.help);
  std::fputs(
      "  help        show this list, or `help COMMAND` for one command\n\n"
      "Each command explains itself with `newsgraph COMMAND --help`.\n\n"
      "example:\n"
      "  newsgraph build samples -o out/seed.json && newsgraph path out/seed.json Qatar Russia\n",
      out);
}

const Command* find_command(std::string_view name) {
  for (const Command& command : kCommands) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

int unknown_command(std::string_view name) {
  std::vector<std::string_view> names;
  for (const Command& command : kCommands) names.push_back(command.name);
  names.push_back("help");
  std::string message = "unknown command '" + std::string(name) + "'";
  if (std::string match = ng::app::closest_match(name, names); !match.empty()) {
    message += "; did you mean '" + match + "'?";
  } else {
    message += " (see `newsgraph help`)";
  }
  ng::app::print_error(message);
  return ng::app::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // stdout carries results only (graphs, statements, paths): every log line goes to stderr.
  auto logger = spdlog::stderr_logger_st("newsgraph");
  logger->set_pattern("%v");
  spdlog::set_default_logger(logger);

  if (argc < 2) {
    print_usage(stderr);
    return ng::app::kExitUsage;
  }
  std::string_view name = argv[1];
  if (name == "--version") {
    std::puts("newsgraph 0.1.0");
    return ng::app::kExitOk;
  }
  if (name == "help" || name == "--help" || name == "-h") {
    if (argc >= 3) {
      const Command* command = find_command(argv[2]);
      if (!command) return unknown_command(argv[2]);
      char help_flag[] = "--help";
      char* help_argv[] = {argv[2], help_flag, nullptr};
      return command->run(2, help_argv);
    }
    print_usage(stdout);
    return ng::app::kExitOk;
  }
  const Command* command = find_command(name);
  if (!command) {
    if (!name.empty() && name[0] == '-') {
      ng::app::print_error("unknown option '" + std::string(name) + "'; a command comes first (see `newsgraph help`)");
      return ng::app::kExitUsage;
    }
    return unknown_command(name);
  }
  try {
    return command->run(argc - 1, argv + 1);
  } catch (const std::exception& e) {
    // Whole-run failures (a stage list out of order, out of memory) end here, once.
    ng::app::print_error(e.what());
    return ng::app::kExitSkipped;
  }
}
