"""Numbers written as words, for amounts ("five soldiers") and counted references ("the four
countries")."""

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
                "a": 1, "dozens": 24, "hundreds": 200, "thousands": 2000}
