//! Round trips through the encoding for every opcode and operand width.

use super::super::encoding::{decode, encode, encoded_len};
use super::{Instruction, Opcode};

#[test]
fn every_opcode_round_trips_at_every_width() {
    for &opcode in Opcode::ALL {
        if opcode == Opcode::ExtendedArg {
            continue;
        }
        for value in [
            0u32,
            1,
            0xff,
            0x100,
            0xffff,
            0x1_0000,
            0xff_ffff,
            0x100_0000,
            u32::MAX,
        ] {
            let count = opcode.operand_kinds().len();
            let operands: Vec<u32> = (0..count as u32).map(|i| value.wrapping_sub(i)).collect();
            let instruction = Instruction::from_parts(opcode, &operands);
            let mut words = Vec::new();
            encode(&instruction, &mut words);
            assert_eq!(
                words.len(),
                encoded_len(&instruction),
                "{opcode:?} {value:#x}"
            );
            assert_eq!(
                decode(&words, 0),
                Some((instruction, words.len())),
                "{opcode:?} {value:#x}"
            );
        }
    }
}

#[test]
fn small_operands_take_one_word_and_caches_one_more() {
    let mut words = Vec::new();
    encode(&Instruction::Move { dst: 1, src: 2 }, &mut words);
    assert_eq!(words.len(), 1);
    words.clear();
    encode(
        &Instruction::Add {
            dst: 1,
            lhs: 2,
            rhs: 3,
            cache: 70_000,
        },
        &mut words,
    );
    assert_eq!(words.len(), 2);
}

#[test]
fn malformed_words_do_not_decode() {
    assert_eq!(decode(&[], 0), None);
    assert_eq!(decode(&[0xff], 0), None);
    // A cached instruction missing its trailing word.
    let mut words = Vec::new();
    encode(
        &Instruction::LoadGlobal {
            dst: 0,
            name: 0,
            cache: 0,
        },
        &mut words,
    );
    words.pop();
    assert_eq!(decode(&words, 0), None);
    // Four prefixes are one too many.
    assert_eq!(decode(&[0, 0, 0, 0, Opcode::Nop as u32], 0), None);
}
