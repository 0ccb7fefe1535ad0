/* Memory-heavy: an open-addressing hash table (linear probing, 2^20 slots, 64-bit keys) that
 * counts occurrences of pseudo-random keys from a small-ish key space, then looks keys up.
 * size = number of operations. Checksum: combined counts and lookup results. */
#include "kernel.h"

#define SLOTS (1u << 20)
#define KEY_SPACE 700000u

static uint64_t slot_keys[SLOTS];
static uint32_t slot_counts[SLOTS];

static uint32_t hash(uint64_t key) {
    key ^= key >> 33;
    key *= 0xFF51AFD7ED558CCDull;
    key ^= key >> 33;
    return (uint32_t) key & (SLOTS - 1);
}

/* The slot of key, or of the empty slot where it belongs (key 0 marks an empty slot). */
static uint32_t find(uint64_t key) {
    uint32_t i = hash(key);
    while (slot_keys[i] != 0 && slot_keys[i] != key) {
        i = (i + 1) & (SLOTS - 1);
    }
    return i;
}

KERNEL_EXPORT uint64_t kernel(uint32_t operations) {
    for (uint32_t i = 0; i < SLOTS; i++) {
        slot_keys[i] = 0;
        slot_counts[i] = 0;
    }
    uint64_t seed = 88172645463325252ull;
    uint64_t checksum = 0;
    for (uint32_t op = 0; op < operations; op++) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        uint64_t key = seed % KEY_SPACE * 0x9E3779B97F4A7C15ull + 1;
        uint32_t i = find(key);
        if (op & 1) {
            /* A lookup: present keys add their count, absent ones their slot. */
            checksum = checksum * 17 + (slot_keys[i] == key ? slot_counts[i] : i);
        } else {
            slot_keys[i] = key;
            slot_counts[i]++;
        }
    }
    return checksum;
}

KERNEL_MAIN(5000000)
