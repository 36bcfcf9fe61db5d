import Tokenizer
