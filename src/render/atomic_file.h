// Atomic output.
// - OutputFile: write piece by piece (through a 128 KB buffer;
//   a larger piece goes to the file without a copy) to a temporary
//   file in the target's directory; Close() syncs it and renames it over the
//   target. Readers see the old file or the new one, never half of one. A
//   file not closed is removed when the object dies.
// - WriteFileAtomically: the same for contents held in memory.
// - StagedOutputs: the same for a whole set of files. Every output is written
//   into a staging directory next to the output directory (same parent, so
//   the same filesystem and the same relative links to the input files:
//   `out/` is staged in `.out.eventgraph-staging-PID/`); Commit() renames
//   them into place only once all were written. A run that fails or is killed
//   before Commit() leaves the previous outputs as they were. Each staging
//   directory holds a lock (flock) for as long as its process lives, so the
//   next run can tell a killed run's leftovers from a live run's and removes
//   them. (Commit renames file by file: a SIGKILL or power loss in that short
//   window can leave a mix of old and new files, each of them whole.) A file
//   that replaces an earlier output reaches the disk before the rename; a
//   new one is not waited for, as a crash cannot lose what it would replace.
//   The earlier outputs a commit replaces are deleted by a detached process
//   after Commit() returns (in `.out.eventgraph-replaced-PID/`, locked the
//   same way): on a filesystem mounted with `discard`, freeing them took
//   longer than writing all the outputs at -j2.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "corpus/status.h"
#include "render/text_sink.h"

namespace eg {

class OutputFile : public TextSink {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile() override;  // removes the temporary file unless Close() succeeded

  // Creates the temporary file for `path`. Without `sync`, Close() does not
  // wait for the disk: for files a StagedOutputs::Commit() syncs later, all
  // at once.
  Status Open(const std::string& path, bool sync = true);
  // Buffers `s`; after a write error, does nothing (Close() reports it).
  void Write(std::string_view s) override;
  // Flushes, syncs, renames into place; the first error of any call so far.
  Status Close();

 private:
  void Flush();
  void WriteAll(std::string_view s);  // to the file, unbuffered
  std::string path_, tmp_, buf_;
  int fd_ = -1;
  bool sync_ = true;
  Status error_;
};

Status WriteFileAtomically(const std::string& path, std::string_view contents);

// Staging directories of output directory `out_dir` are named
// StagingPrefix(out_dir) + PID.
std::string StagingPrefix(const std::string& out_dir);
// Directories holding the outputs a commit replaced, while a detached process
// deletes them, are named ReplacedPrefix(out_dir) + PID.
std::string ReplacedPrefix(const std::string& out_dir);

class StagedOutputs {
 public:
  StagedOutputs() = default;
  StagedOutputs(const StagedOutputs&) = delete;
  StagedOutputs& operator=(const StagedOutputs&) = delete;
  ~StagedOutputs();  // Abort() unless committed

  // Creates `out_dir` if needed, removes staging directories left for it by
  // runs that died (their paths go to `removed`), and creates this run's.
  Status Begin(const std::string& out_dir, std::vector<std::string>* removed);
  // The staging directory: write outputs here.
  const std::string& dir() const { return staging_; }
  // Syncs every file written into the staging directory (subdirectories
  // included) that replaces a file under out_dir (several at once, the waits
  // overlap), moves them all to the same place under out_dir, then removes
  // the staging directory (in the background when it holds replaced files).
  // `committed` receives the final paths, sorted.
  Status Commit(std::vector<std::string>* committed);
  // The files the last Commit() synced, relative to out_dir, sorted.
  const std::vector<std::string>& synced() const { return synced_; }
  // Removes the staging directory and what it holds.
  void Abort();

 private:
  std::string out_dir_, staging_;
  std::vector<std::string> synced_;
  int lock_fd_ = -1;
};

// Removes the staging directories of `out_dir` whose process is gone.
void RemoveStaleStaging(const std::string& out_dir, std::vector<std::string>* removed);

}  // namespace eg
