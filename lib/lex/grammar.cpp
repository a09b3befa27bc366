// The one instantiation of the lexer's grammar: const char* over folded UTF-8.
#include "lex/grammar_def.hpp"

namespace jindu::lex::grammar {

BOOST_SPIRIT_INSTANTIATE(numeral_token_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(arabic_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(unit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_suffix_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)

}  // namespace jindu::lex::grammar
