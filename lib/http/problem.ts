import { NextResponse } from 'next/server';

/** One thing wrong with a request, named by the field, parameter or header it concerns. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The body of every refusal: a sentence for people, and the fields one by one for programs (and the ingest form). */
export function problemBody(problems: FieldProblem[]): { error: string; errors: FieldProblem[] } {
  return { error: problems.map((p) => `${p.field}: ${p.message}`).join('; '), errors: problems };
}

export function problemResponse(status: number, problems: FieldProblem[], headers?: Record<string, string>): NextResponse {
  return NextResponse.json(problemBody(problems), { status, headers });
}
