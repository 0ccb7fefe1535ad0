// Goroutine costs, the Go side of benchmarks/green-threads: channel ping-pong between two
// goroutines (ns per hand-off), spawn+run+end of an empty goroutine (ns per goroutine) and heap
// plus stack bytes per parked goroutine (blocked on a channel receive). One goroutine runs at a
// time (GOMAXPROCS=1 unless set), like our single carrier. Prints "name value unit" lines.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func best(runs int, f func() float64) float64 {
	min := f()
	for i := 1; i < runs; i++ {
		if v := f(); v < min {
			min = v
		}
	}
	return min
}

// pingPong passes a token back and forth through two unbuffered channels: each send hands
// the only runnable goroutine's turn to the other, one switch per hand-off.
func pingPong(rounds int) float64 {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < rounds; i++ {
			pong <- (<-ping) + 1
		}
		done <- true
	}()
	start := time.Now()
	for i := 0; i < rounds; i++ {
		ping <- i
		<-pong
	}
	elapsed := time.Since(start)
	<-done
	return float64(elapsed.Nanoseconds()) / float64(2*rounds)
}

// spawn starts n goroutines that return at once and waits for all of them.
func spawn(n int) float64 {
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(n)
	for i := 0; i < n; i++ {
		go wg.Done()
	}
	wg.Wait()
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}

// parked measures the memory (heap + goroutine stacks, as the runtime counts it) that n
// goroutines blocked on a channel receive hold, two frames deep like the wasm probe.
func parked(n int) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	release := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go waiter(release, &wg)
	}
	for runtime.NumGoroutine() < n+1 {
		runtime.Gosched()
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	close(release)
	wg.Wait()
	used := func(m *runtime.MemStats) uint64 { return m.HeapAlloc + m.StackInuse }
	return float64(used(&after)-used(&before)) / float64(n)
}

//go:noinline
func waiter(release chan struct{}, wg *sync.WaitGroup) {
	park(release)
	wg.Done()
}

//go:noinline
func park(release chan struct{}) {
	<-release
}

func main() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
	counts := []int{100000, 1000000}
	if len(os.Args) > 1 {
		counts = counts[:0]
		for _, a := range os.Args[1:] {
			n, err := strconv.Atoi(a)
			if err != nil || n <= 0 {
				fmt.Fprintf(os.Stderr, "not a positive goroutine count: %q\n", a)
				os.Exit(2)
			}
			counts = append(counts, n)
		}
	}
	pingPong(100000) // warm-up
	fmt.Printf("handoff %.1f ns\n", best(5, func() float64 { return pingPong(1000000) }))
	spawn(10000)
	fmt.Printf("spawn %.1f ns\n", best(5, func() float64 { return spawn(100000) }))
	for _, n := range counts {
		fmt.Printf("parked-%d %.0f bytes\n", n, parked(n))
	}
}
