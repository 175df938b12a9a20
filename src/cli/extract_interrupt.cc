#include "cli/extract_interrupt.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "cli/extract.h"

namespace eg {

namespace {

const int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int kNumSignals = sizeof(kSignals) / sizeof(kSignals[0]);
int g_pipe[2] = {-1, -1};
struct sigaction g_old[kNumSignals];

extern "C" void OnSignal(int sig) {
  int saved = errno;
  unsigned char b = static_cast<unsigned char>(sig);
  ssize_t r = ::write(g_pipe[1], &b, 1);
  (void)r;
  errno = saved;
}

}  // namespace

InterruptGuard::InterruptGuard(std::string out_dir) : out_dir_(std::move(out_dir)) {
  if (g_pipe[0] >= 0) return;  // another guard is active: it handles signals
  if (::pipe2(g_pipe, O_CLOEXEC) != 0) {
    g_pipe[0] = g_pipe[1] = -1;
    return;  // no clean interruption; signals keep their default action
  }
  active_ = true;
  watcher_ = std::thread([this] { Watch(); });
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  for (int i = 0; i < kNumSignals; ++i) ::sigaction(kSignals[i], &sa, &g_old[i]);
}

InterruptGuard::~InterruptGuard() {
  if (!active_) return;
  for (int i = 0; i < kNumSignals; ++i) ::sigaction(kSignals[i], &g_old[i], nullptr);
  unsigned char stop = 0;
  while (::write(g_pipe[1], &stop, 1) < 0 && errno == EINTR) {
  }
  watcher_.join();
  ::close(g_pipe[0]);
  ::close(g_pipe[1]);
  g_pipe[0] = g_pipe[1] = -1;
}

void InterruptGuard::SetStagingDir(const std::unique_lock<std::mutex>& held,
                                   const std::string& dir) {
  assert(held.owns_lock() && held.mutex() == &mu_);
  (void)held;
  staging_ = dir;
}

// Other threads may still be writing outputs into the staging directory: a
// remove_all racing with them can leave files (or the directory) behind.
// Renamed first, the directory is out of their reach (they open files by
// path); only the recreation of an empty staging directory by a writer
// starting up is left to check for afterwards.
void InterruptGuard::RemoveStaging() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string trash = staging_ + ".removing";
  if (::rename(staging_.c_str(), trash.c_str()) == 0) {
    fs::remove_all(trash, ec);
  } else {
    fs::remove_all(staging_, ec);
  }
  if (fs::exists(staging_, ec)) fs::remove_all(staging_, ec);
}

void InterruptGuard::Watch() {
  for (;;) {
    unsigned char sig = 0;
    ssize_t n = ::read(g_pipe[0], &sig, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || sig == 0) return;  // the guard is going away
    std::lock_guard<std::mutex> lock(mu_);
    if (committed_) continue;  // outputs already in place: let the run finish
    if (!staging_.empty()) RemoveStaging();
    std::fprintf(stderr, "\neventgraph: interrupted by %s; outputs in %s left as they were\n",
                 sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP",
                 out_dir_.c_str());
    std::fflush(stderr);
    ::_exit(kExitInterrupted);
  }
}

}  // namespace eg
