// Exit statuses: "return N" from main, "exit N", "raise N" (proc_raise), "trap".
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
int wasi_proc_raise(int sig);

int main(int argc, char **argv) {
    if (argc < 3) {
        return 2;
    }
    int n = atoi(argv[2]);
    if (strcmp(argv[1], "return") == 0) {
        return n;
    }
    if (strcmp(argv[1], "exit") == 0) {
        printf("buffered output is flushed before exit\n");
        exit(n);
    }
    if (strcmp(argv[1], "raise") == 0) {
        int r = wasi_proc_raise(n);
        printf("proc_raise(%d)=%d\n", n, r);
        return 0;
    }
    if (strcmp(argv[1], "trap") == 0) {
        __builtin_trap();
    }
    return 3;
}
