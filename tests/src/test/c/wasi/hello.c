// Arguments, environment and the three standard streams.
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("hello from wasm\n");
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) {
        printf("argv[%d]=%s\n", i, argv[i]);
    }
    int count = 0;
    for (char **e = environ; *e; e++) {
        printf("env[%d]=%s\n", count++, *e);
    }
    printf("environ=%d\n", count);
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    fprintf(stderr, "to stderr\n");
    return 0;
}
