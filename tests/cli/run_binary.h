// Runs the eventgraph binary from a test and captures its exit code and
// standard error, one string per line.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace eg::testing {

struct RunResult {
  int code = -1;  // exit code; -1 when killed by a signal
  std::vector<std::string> lines;  // stderr
  std::string err;
};

// `args` are passed through the shell as they are: quote them if needed.
// `unprivileged`: when running as root, run as nobody (65534) through
// util-linux's setpriv, so that mode-000 files are really unreadable.
inline RunResult RunEventgraph(const std::string& args, const std::string& err_file,
                               bool unprivileged = false) {
  std::string prefix;
  if (unprivileged && ::geteuid() == 0)
    prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  std::string cmd = prefix + EVENTGRAPH_BINARY + " " + args + " 2>" + err_file;
  int st = std::system(cmd.c_str());
  RunResult r;
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream in(err_file);
  for (std::string line; std::getline(in, line);) {
    r.lines.push_back(line);
    r.err += line + "\n";
  }
  return r;
}

}  // namespace eg::testing
