/* Integer bit work: table-driven CRC-32 over a generated buffer, mixed with xorshift, rotations,
 * popcount and count-leading-zeros. size = bytes hashed (in passes over a 64 KiB buffer). */
#include "kernel.h"

#define BUFFER 65536

static uint32_t crc_table[256];
static uint8_t buffer[BUFFER];

static void make_crc_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        crc_table[n] = c;
    }
}

static uint32_t rotl32(uint32_t x, int r) {
    return (x << r) | (x >> (32 - r));
}

KERNEL_EXPORT uint64_t kernel(uint32_t size) {
    make_crc_table();
    uint64_t state = 0x9E3779B97F4A7C15ull;
    for (uint32_t i = 0; i < BUFFER; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        buffer[i] = (uint8_t) (state >> 24);
    }
    uint32_t crc = 0xFFFFFFFFu;
    uint64_t mix = 0;
    for (uint32_t done = 0; done < size; done += BUFFER) {
        uint32_t n = size - done < BUFFER ? size - done : BUFFER;
        for (uint32_t i = 0; i < n; i++) {
            crc = crc_table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
            uint32_t w = rotl32(crc, (int) (i & 31) | 1) ^ (uint32_t) mix;
            mix += (uint64_t) __builtin_popcount(w) + ((uint64_t) __builtin_clz(w | 1) << 8);
            mix = (mix << 5) ^ (mix >> 59) ^ w;
        }
        /* The next pass hashes a slightly different buffer. */
        buffer[done / BUFFER % BUFFER] ^= (uint8_t) crc;
    }
    return ((uint64_t) (crc ^ 0xFFFFFFFFu) << 32) ^ mix;
}

KERNEL_MAIN(20000000)
