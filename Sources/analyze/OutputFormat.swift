import ArgumentParser

/// The output formats subcommands offer (each subcommand lists which it supports).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, tsv, json, jsonl, csv, conllu, conll, labels, html
}
