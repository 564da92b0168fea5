#include "textflag.h"

// func dotInt8(a, b *byte, n int) int32
//
// The dot product of n int8s at a and at b, 16 at a time in SSE2 (which
// every amd64 has): each half of 16 bytes is sign-extended to 8 int16s,
// PMADDWD multiplies them in pairs and adds each pair into an int32, and
// the int32s are summed; the last n%16 one at a time. Integer sums in
// another order are the same sums.
TEXT ·dotInt8(SB), NOSPLIT, $0-28
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ n+16(FP), CX
	PXOR X0, X0
	XORL AX, AX

loop16:
	CMPQ CX, $16
	JLT  reduce
	MOVOU (SI), X1
	MOVOU (DI), X2
	MOVOU X1, X3
	PUNPCKLBW X1, X3
	PSRAW $8, X3
	PUNPCKHBW X1, X1
	PSRAW $8, X1
	MOVOU X2, X4
	PUNPCKLBW X2, X4
	PSRAW $8, X4
	PUNPCKHBW X2, X2
	PSRAW $8, X2
	PMADDWL X4, X3
	PMADDWL X2, X1
	PADDL X3, X0
	PADDL X1, X0
	ADDQ $16, SI
	ADDQ $16, DI
	SUBQ $16, CX
	JMP  loop16

reduce:
	PSHUFD $0x4e, X0, X1
	PADDL  X1, X0
	PSHUFD $0xb1, X0, X1
	PADDL  X1, X0
	MOVL   X0, AX

tail:
	TESTQ CX, CX
	JEQ   done
	MOVBQSX (SI), DX
	MOVBQSX (DI), BX
	IMULL BX, DX
	ADDL  DX, AX
	INCQ  SI
	INCQ  DI
	DECQ  CX
	JMP   tail

done:
	MOVL AX, ret+24(FP)
	RET
