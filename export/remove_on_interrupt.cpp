#include "export/remove_on_interrupt.hpp"

#include <unistd.h>

#include <atomic>

namespace ng::exporters {

namespace {

// The file to remove; read by the handler, so a lock-free pointer and nothing else.
std::atomic<const char*> g_doomed{nullptr};
static_assert(std::atomic<const char*>::is_always_lock_free);

extern "C" void remove_and_die(int signal_number) {
  // Only async-signal-safe calls: unlink, signal, raise. The signal is blocked while this
  // handler runs, so the raised one ends the process as soon as it returns.
  if (const char* path = g_doomed.load()) ::unlink(path);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

RemoveOnInterrupt::RemoveOnInterrupt(std::string path) : path_(std::move(path)) {
  g_doomed.store(path_.c_str());
  struct sigaction action = {};
  action.sa_handler = remove_and_die;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kSignals); ++i) {
    if (::sigaction(kSignals[i], nullptr, &previous_[i]) != 0 || previous_[i].sa_handler == SIG_IGN) continue;
    installed_[i] = ::sigaction(kSignals[i], &action, nullptr) == 0;
  }
}

RemoveOnInterrupt::~RemoveOnInterrupt() {
  g_doomed.store(nullptr);
  for (std::size_t i = 0; i < std::size(kSignals); ++i) {
    if (installed_[i]) ::sigaction(kSignals[i], &previous_[i], nullptr);
  }
}

}  // namespace ng::exporters
