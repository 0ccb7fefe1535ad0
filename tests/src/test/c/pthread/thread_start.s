# wasi_thread_start(tid, start_arg): the entry point a wasi-threads host calls on the new
# instance of a thread. The instance's own __stack_pointer still holds the module's initial
# value (the main thread's stack), so before any C code runs it is pointed at the stack that
# pthread_create allocated; its top is the first word of start_arg (struct __pthread).
	.globaltype	__stack_pointer, i32
	.functype	__wr_thread_main (i32, i32) -> ()

	.text
	.globl	wasi_thread_start
	.type	wasi_thread_start,@function
wasi_thread_start:
	.functype	wasi_thread_start (i32, i32) -> ()
	local.get	1
	i32.load	0
	global.set	__stack_pointer
	local.get	0
	local.get	1
	call	__wr_thread_main
	end_function
