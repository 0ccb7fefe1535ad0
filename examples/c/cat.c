/*
 * A file tool for the WASI sandbox: prints the files named on the command line, which must lie
 * in a directory preopened with --dir.
 *
 *   clang --target=wasm32-wasi -O2 examples/c/cat.c -o /tmp/cat.wasm
 *   bin/wasmroutines --dir examples::/data /tmp/cat.wasm /data/hello.wat
 *   bin/wasmroutines --dir examples::/data /tmp/cat.wasm /etc/passwd    # refused: not preopened
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    int status = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (file == NULL) {
            fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        char buffer[4096];
        size_t n;
        while ((n = fread(buffer, 1, sizeof buffer, file)) > 0) {
            fwrite(buffer, 1, n, stdout);
        }
        fclose(file);
    }
    return status;
}
