/**
 * The values a submission's process sends the judge (minidjango/grading/values.py): a goal that
 * compares a setting with a tuple, a Path or a set must see what the page's goal sees, and a
 * value of the reader's own type must arrive as something inert.
 */
import { describe, expect, it } from 'vitest';
import { usePython } from '../../../support/python';

const python = usePython();

const roundTrip = (expression: string) =>
  python.run(`import json
from pathlib import Path, PurePosixPath
from minidjango.grading.values import encode, decode
value = ${expression}
back = decode(json.loads(json.dumps(encode(value))))
result = [type(back).__name__, back == value, repr(back)]`);

describe('values sent to the judge', () => {
  it.each([
    ['None'],
    ['True'],
    ['0'],
    ['2**80'],
    ['1.5'],
    ['"é"'],
    ['("a", 1)'],
    ['["a", ("b",)]'],
    ['{"default": {"NAME": Path("/srv/db.sqlite3")}, 1: "one"}'],
    ['{"a", "b"}'],
    ['frozenset({1})'],
    ['b"\\x00\\xff"'],
    ['PurePosixPath("a/b")'],
  ])('keep their type and value: %s', (expression) => {
    const [, equal] = roundTrip(expression) as [string, boolean, string];
    expect(equal).toBe(true);
  });

  it('keep NaN and infinities as floats', () => {
    expect(roundTrip('float("inf")')).toEqual(['float', true, 'inf']);
  });

  it("turn the reader's own objects into opaque values, equal to nothing the judge holds", () => {
    expect(
      python.run(`import json
from minidjango.grading.values import encode, decode
Sneaky = type("Sneaky", (), {"__eq__": lambda s, o: True, "__repr__": lambda s: "sneaky"})
back = decode(json.loads(json.dumps(encode(Sneaky()))))
result = [type(back).__name__, back == False, back == "x", repr(back)]`),
    ).toEqual(['Opaque', false, false, 'sneaky']);
  });

  it('cut a value that contains itself', () => {
    expect(python.run(`from minidjango.grading.values import encode
a = []
a.append(a)
result = encode(a)`)).toEqual({ list: [{ object: { type: 'cycle', repr: '(a value that contains itself)' } }] });
  });
});
