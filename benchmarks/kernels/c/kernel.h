/*
 * The shape every C kernel shares. A kernel is one exported function, kernel(size) -> checksum,
 * that uses no libc (no malloc, no stdio): a harness can call it again and again on one instance
 * for steady-state figures. main() runs it once as a WASI command: the size comes from argv[1]
 * (or the kernel's default) and the checksum goes to stdout, so the engines' outputs can be compared.
 */
#ifndef KERNEL_H
#define KERNEL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define KERNEL_EXPORT __attribute__((export_name("kernel")))

uint64_t kernel(uint32_t size);

#define KERNEL_MAIN(default_size)                                                           \
    int main(int argc, char **argv) {                                                       \
        uint32_t size = default_size;                                                       \
        if (argc > 1) {                                                                     \
            char *end;                                                                      \
            unsigned long parsed = strtoul(argv[1], &end, 10);                              \
            if (*end != '\0' || parsed == 0 || parsed > 0xFFFFFFFFul) {                     \
                fprintf(stderr, "%s: size must be a positive integer, got '%s'\n", argv[0], \
                        argv[1]);                                                           \
                return 2;                                                                   \
            }                                                                               \
            size = (uint32_t) parsed;                                                       \
        }                                                                                   \
        printf("checksum %llu\n", (unsigned long long) kernel(size));                       \
        return 0;                                                                           \
    }

#endif
