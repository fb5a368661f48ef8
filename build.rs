//! The `split` feature's app binary is linked with relocations: `wasm-split-cli` (run by
//! `tools/build_wasm.py`) needs them to tell which code belongs to which part of the app.
fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
