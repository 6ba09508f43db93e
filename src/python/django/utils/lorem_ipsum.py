"""Placeholder Latin for {% lorem %}: the classic first paragraph and its first words, then
words and sentences drawn at random."""

import random

COMMON_P = (
    "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex "
    "ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat "
    "nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit "
    "anim id est laborum."
)
COMMON_WORDS = tuple(COMMON_P.lower().replace(",", "").replace(".", "").split()[:19])

# What random text is drawn from: the words of the classic paragraph and some more.
WORDS = tuple(sorted(set(COMMON_P.lower().replace(",", "").replace(".", "").split()) | set(
    "accusamus animi aperiam architecto asperiores beatae blanditia corporis culpa cumque debitis dicta"
    " dignissimos distinctio dolorem ducimus eius eligendi eos error esse eveniet explicabo facere fuga harum"
    " illum inventore iste itaque iure libero magnam maxime minus modi molestiae natus nemo neque nihil nisi"
    " nobis numquam obcaecati odio odit officiis omnis optio pariatur perferendis placeat porro possimus"
    " praesentium provident quae quaerat quam quas quasi qui quia quibusdam quidem quis quisquam quo quod"
    " ratione recusandae rem repellat repellendus rerum saepe sapiente sequi similique soluta suscipit tempora"
    " tempore temporibus tenetur totam ullam unde vel veniam veritatis vero vitae voluptas voluptate".split())))


def sentence():
    """A sentence of one to five comma-separated runs of words, capitalised, ending in . or ?."""
    runs = [" ".join(random.sample(WORDS, random.randint(3, 12))) for _ in range(random.randint(1, 5))]
    text = ", ".join(runs)
    return text[0].upper() + text[1:] + random.choice("?.")


def paragraph():
    return " ".join(sentence() for _ in range(random.randint(1, 4)))


def paragraphs(count, common=True):
    """`count` paragraphs, the first the classic one when `common`."""
    return [COMMON_P if common and index == 0 else paragraph() for index in range(count)]


def words(count, common=True):
    """`count` words: the classic first words (as many as asked, when `common`), then random ones."""
    chosen = list(COMMON_WORDS[:count]) if common else []
    while len(chosen) < count:
        chosen += random.sample(WORDS, min(count - len(chosen), len(WORDS)))
    return " ".join(chosen)
