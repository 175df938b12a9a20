// Clean interruption of the main job. While an InterruptGuard lives, SIGINT,
// SIGTERM and SIGHUP do not kill the process on the spot: the signal handler
// only writes the signal number to a pipe (async-signal-safe); a watcher
// thread reads it, removes the run's staging directory and exits with
// kExitInterrupted (130), so the previous outputs stay as they were. The
// commit of the outputs runs under Hold(): a signal arriving then waits
// until the commit is over and is then ignored (the run completed).
#pragma once
#include <mutex>
#include <string>
#include <thread>

namespace eg {

class InterruptGuard {
 public:
  // `out_dir` is named in the message printed on interruption.
  explicit InterruptGuard(std::string out_dir);
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // The directory to remove on interruption (empty: none). `held` is the lock
  // from Hold(), taken before the directory was created: a signal arriving
  // between its creation and this call would otherwise find no directory to
  // remove and leave it behind.
  void SetStagingDir(const std::unique_lock<std::mutex>& held, const std::string& dir);
  // While the returned lock is held, an interruption waits.
  std::unique_lock<std::mutex> Hold() { return std::unique_lock<std::mutex>(mu_); }
  // Call under Hold() once the outputs are in place: later signals are ignored.
  void MarkCommitted() { committed_ = true; }

 private:
  void Watch();
  void RemoveStaging();  // under mu_

  std::string out_dir_, staging_;
  std::mutex mu_;
  bool committed_ = false;
  bool active_ = false;
  std::thread watcher_;
};

}  // namespace eg
