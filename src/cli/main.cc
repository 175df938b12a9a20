// eventgraph: news articles in; a timeline and a graph of who met whom out.
//   eventgraph [PATH...] [-o DIR]        the main job (default: seeds/ -> out/)
//   eventgraph timex [--dct D] FILE...   time expressions only
//   eventgraph render EVENTS_JSON -o DIR re-render from an edited events.json
#include <CLI/CLI.hpp>

#include "cli/extract.h"
#include "cli/render_command.h"
#include "cli/timex_command.h"
#include "corpus/document.h"

namespace {

// CLI11 validator for YYYY-MM-DD that rejects impossible dates.
struct IsoDateValidator : CLI::Validator {
  IsoDateValidator() {
    name_ = "DATE";
    func_ = [](std::string& s) -> std::string {
      return eg::ParseIsoDate(s) ? "" : "'" + s + "' is not a valid date (YYYY-MM-DD)";
    };
  }
};

void AddRenderOptions(CLI::App* app, eg::RenderOptions* r) {
  app->add_option("--actor", r->actor, "Only this actor's ego network and timeline");
  app->add_option("--from", r->from, "Only events on or after this date (YYYY[-MM[-DD]])")
      ->check(eg::CheckFilterDate);
  app->add_option("--to", r->to, "Only events on or before this date (YYYY[-MM[-DD]])")
      ->check(eg::CheckFilterDate);
  app->add_option("--types", r->types, "Only these event types (meeting,call,...)")
      ->delimiter(',');
  app->add_option("--top", r->top, "Actors shown in the actor diagram (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app->add_flag("--all-statuses", r->show_unasserted,
                "Also draw negated and hypothetical events");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"eventgraph: turns news articles into a timeline and a graph of who met whom"};
  app.set_version_flag("--version", "eventgraph 0.1");
  eg::ExtractOptions ex;
  std::string dct;
  app.add_option("paths", ex.inputs, "Text files and directories (default: seeds/)");
  app.add_option("-o,--out", ex.out_dir, "Output directory")->capture_default_str();
  app.add_option("--dct", dct, "Publication date for every input (YYYY-MM-DD)")
      ->check(IsoDateValidator());
  app.add_option("-j,--jobs", ex.jobs, "Worker threads (default: number of cores)");
  app.add_option("--data", ex.data_dir, "Data directory (gazetteer, triggers)");
  app.add_flag("--stats", ex.stats, "Print time and peak memory per stage");
  app.add_flag("-q,--quiet", ex.quiet, "No summary line");
  AddRenderOptions(&app, &ex.render);

  auto* timex = app.add_subcommand("timex", "Print the time expressions of files (TSV)");
  std::vector<std::string> timex_files;
  std::string timex_dct;
  timex->add_option("files", timex_files, "Text files")->required();
  timex->add_option("--dct", timex_dct, "Publication date (YYYY-MM-DD)")
      ->check(IsoDateValidator());

  auto* render = app.add_subcommand("render", "Re-render outputs from an events.json");
  std::string render_in, render_out = "out";
  eg::RenderOptions render_opts;
  render->add_option("events_json", render_in, "An events.json file")->required();
  render->add_option("-o,--out", render_out, "Output directory")->capture_default_str();
  AddRenderOptions(render, &render_opts);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : eg::kExitUsage;
  }
  if (timex->parsed()) {
    std::optional<date::year_month_day> d;
    if (!timex_dct.empty()) d = eg::ParseIsoDate(timex_dct);
    return eg::RunTimex(timex_files, d, stdout);
  }
  if (render->parsed()) return eg::RunRender(render_in, render_out, render_opts);
  if (ex.inputs.empty()) ex.inputs.push_back("seeds");
  if (!dct.empty()) ex.dct = eg::ParseIsoDate(dct);
  return eg::RunExtract(ex);
}
