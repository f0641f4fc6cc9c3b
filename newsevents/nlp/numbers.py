"""Numbers written as words, for amounts ("five soldiers") and counted references ("the four
countries")."""

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "hundred": 100,
                "a": 1, "dozens": 24, "hundreds": 200, "thousands": 2000}
# "twenty-one" ... "ninety-nine", as written at the start of a sentence ("Forty-six sailors")
NUMBER_WORDS |= {f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
                 for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                 for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")}
