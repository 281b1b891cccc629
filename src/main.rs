//! The `khabar` binary: parses the command line and hands over to [`khabar::cli`].

fn main() -> std::process::ExitCode {
    khabar::cli::main()
}
