// Copies standard input to standard output in upper case, then reports the byte count.
#include <ctype.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    char buf[7];
    long total = 0;
    ssize_t n;
    while ((n = read(0, buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            buf[i] = (char) toupper((unsigned char) buf[i]);
        }
        write(1, buf, (size_t) n);
        total += n;
    }
    printf("\nbytes=%ld eof=%d\n", total, n == 0);
    return 0;
}
