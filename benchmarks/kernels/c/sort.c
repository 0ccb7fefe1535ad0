/* Memory-heavy: fills an array with pseudo-random 32-bit keys and sorts it with an in-place
 * quicksort (median of three, insertion sort for short runs); size = number of keys sorted in
 * all, in arrays of up to 1 Mi keys, each on fresh keys. Checksum: a position-weighted sum of
 * the sorted keys, so order matters. */
#include "kernel.h"

#define KEYS (1 << 20)

static uint32_t keys[KEYS];

static void insertion_sort(uint32_t *a, int32_t n) {
    for (int32_t i = 1; i < n; i++) {
        uint32_t v = a[i];
        int32_t j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void swap(uint32_t *a, int32_t i, int32_t j) {
    uint32_t t = a[i];
    a[i] = a[j];
    a[j] = t;
}

static void quicksort(uint32_t *a, int32_t n) {
    while (n > 16) {
        int32_t mid = n / 2;
        if (a[mid] < a[0]) swap(a, mid, 0);
        if (a[n - 1] < a[0]) swap(a, n - 1, 0);
        if (a[n - 1] < a[mid]) swap(a, n - 1, mid);
        uint32_t pivot = a[mid];
        int32_t i = 0, j = n - 1;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                swap(a, i, j);
                i++;
                j--;
            }
        }
        /* Recurse into the smaller part, loop on the larger: the stack stays shallow. */
        if (j + 1 < n - i) {
            quicksort(a, j + 1);
            a += i;
            n -= i;
        } else {
            quicksort(a + i, n - i);
            n = j + 1;
        }
    }
    insertion_sort(a, n);
}

KERNEL_EXPORT uint64_t kernel(uint32_t total) {
    uint32_t seed = 12345;
    uint64_t sum = 0;
    for (uint32_t left = total; left > 0;) {
        int32_t n = left < KEYS ? (int32_t) left : KEYS;
        left -= (uint32_t) n;
        for (int32_t i = 0; i < n; i++) {
            seed = seed * 1664525u + 1013904223u;
            keys[i] = seed ^ (seed >> 15);
        }
        quicksort(keys, n);
        for (int32_t i = 0; i < n; i += 97) {
            sum = sum * 31 + keys[i];
        }
    }
    return sum;
}

KERNEL_MAIN(2000000)
