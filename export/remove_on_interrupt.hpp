#pragma once
// An interrupted write must leave nothing behind: while a RemoveOnInterrupt lives, SIGINT,
// SIGTERM and SIGHUP remove its file and then end the process by the same signal, so the
// shell reports 128 + the signal number and the previous output is untouched. A signal that
// was ignored when the guard was made (nohup) stays ignored. One guard at a time: outputs are
// written one after another.

#include <signal.h>

#include <csignal>
#include <iterator>
#include <string>

namespace ng::exporters {

class RemoveOnInterrupt {
 public:
  explicit RemoveOnInterrupt(std::string path);
  ~RemoveOnInterrupt();
  RemoveOnInterrupt(const RemoveOnInterrupt&) = delete;
  RemoveOnInterrupt& operator=(const RemoveOnInterrupt&) = delete;

 private:
  static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
  std::string path_;
  struct sigaction previous_[std::size(kSignals)] = {};
  bool installed_[std::size(kSignals)] = {};
};

}  // namespace ng::exporters
