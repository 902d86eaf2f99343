use super::*;

static WHOLE: [u8; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

#[test]
fn a_part_is_found_by_address_not_by_its_bytes() {
    let part = part_of(&WHOLE, &WHOLE[2..5]).expect("inside");
    assert_eq!(part, &[3, 4, 5]);
    assert_eq!(part.as_ptr(), WHOLE[2..].as_ptr());
    assert_eq!(part_of(&WHOLE, &WHOLE[..]).map(<[u8]>::len), Some(8));
    assert_eq!(part_of(&WHOLE, &WHOLE[8..]), Some(&[][..]), "the empty end is inside");
    // The same bytes elsewhere are not the archive's.
    let copy = WHOLE.to_vec();
    assert_eq!(part_of(&WHOLE, &copy[2..5]), None);
    // Running past the end, or starting before it, is not inside.
    static LONGER: [u8; 16] = [0; 16];
    assert_eq!(part_of(&LONGER[..8], &LONGER[4..12]), None);
    assert_eq!(part_of(&LONGER[8..], &LONGER[4..10]), None);
}

#[test]
fn content_read_from_anything_but_the_archive_is_decoded_at_once() {
    let items: Deferred<[String]> = vec!["calf".to_string(), "foot".to_string()].into();
    let bytes = postcard::to_stdvec(&items).expect("it serializes");
    let read: Deferred<[String]> = postcard::from_bytes(&bytes).expect("it decodes");
    assert!(read.is_decoded());
    assert_eq!(read, items);
    assert_eq!(&read[..], ["calf", "foot"]);
    // Stored as the bytes of its own form: a length, then that form.
    let own = postcard::to_stdvec(&["calf", "foot"][..]).expect("it serializes");
    assert_eq!(bytes[0] as usize, own.len());
    assert_eq!(&bytes[1..], &own[..]);
}

#[test]
fn stored_bytes_that_are_not_its_form_are_an_error_not_content() {
    // One stored byte, 5: a list of five numbers that never come.
    let wrong = [1u8, 5];
    let read: Result<Deferred<[u64]>, _> = postcard::from_bytes(&wrong);
    assert!(read.is_err(), "{read:?}");
}

#[test]
fn clones_share_one_content_and_print_it_once_decoded() {
    let one: Deferred<Vec<u8>> = vec![7u8].into();
    let two = one.clone();
    assert!(std::ptr::eq(&*one, &*two));
    assert_eq!(format!("{two:?}"), "[7]");
    let empty: Deferred<[u8]> = std::iter::empty().collect();
    assert!(empty.is_empty());
}

#[test]
fn changing_shared_content_changes_a_copy_as_arc_make_mut_does() {
    let mut one: Deferred<[u8]> = vec![1, 2].into();
    let two = one.clone();
    Deferred::make_mut(&mut one)[0] = 9;
    assert_eq!((&one[..], &two[..]), (&[9, 2][..], &[1, 2][..]), "the shared content is left as it was");
    let before = one[..].as_ptr();
    Deferred::make_mut(&mut one)[1] = 8;
    assert_eq!(&one[..], [9, 8]);
    assert_eq!(one[..].as_ptr(), before, "content not shared is changed in place");
    let copied: Deferred<[u8]> = (&two[..]).into();
    assert_eq!(copied, two);
}

#[test]
fn contents_are_equal_only_when_what_they_hold_is() {
    let one: Deferred<[u8]> = vec![1, 2].into();
    assert_eq!(one, Deferred::from(vec![1, 2]));
    assert_ne!(one, Deferred::from(vec![1, 3]));
    assert_ne!(one, Deferred::from(vec![1]));
}
