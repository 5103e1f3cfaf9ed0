//! One analyzer per language: English, French and Spanish lowercase, fold and stem; Arabic
//! normalizes (diacritics and tatweel removed, the alef forms made one, alef maqsura and teh
//! marbuta folded) before its stemmer; other languages (Chinese, Russian, unknown) lowercase only.
//! The same analyzer reads the documents and the queries, so a word matches in any inflection
//! the stemmer knows and Arabic matches with or without diacritics.

use std::mem;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// The analyzed languages and their tokenizer names; `xx` is everything else.
pub const LANGS: [&str; 5] = ["en", "fr", "es", "ar", "xx"];

pub fn tokenizer_name(lang: &str) -> String {
    format!("td_{lang}")
}

/// The language an entry's text is analyzed as (Chinese, Russian and unknown fall to `xx`).
pub fn analyzed(lang: &str) -> &'static str {
    match lang {
        "en" => "en",
        "fr" => "fr",
        "es" => "es",
        "ar" => "ar",
        _ => "xx",
    }
}

pub fn register(manager: &TokenizerManager) {
    let base = || {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
    };
    manager.register(
        &tokenizer_name("en"),
        base()
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build(),
    );
    // Stem before folding: the French and Spanish stemmers know their accents.
    manager.register(
        &tokenizer_name("fr"),
        base()
            .filter(Stemmer::new(Language::French))
            .filter(AsciiFoldingFilter)
            .build(),
    );
    manager.register(
        &tokenizer_name("es"),
        base()
            .filter(Stemmer::new(Language::Spanish))
            .filter(AsciiFoldingFilter)
            .build(),
    );
    manager.register(
        &tokenizer_name("ar"),
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
            .filter(ArabicNormalizer)
            .filter(Stemmer::new(Language::Arabic))
            .build(),
    );
    manager.register(&tokenizer_name("xx"), base().build());
}

/// Normalizes Arabic script in a token.
pub fn normalize_arabic(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        match c {
            // Tashkeel (fathatan .. sukun, superscript alef) and tatweel are dropped.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            _ => out.push(c),
        }
    }
}

#[derive(Clone)]
pub struct ArabicNormalizer;

impl TokenFilter for ArabicNormalizer {
    type Tokenizer<T: Tokenizer> = ArabicNormalizerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        ArabicNormalizerFilter {
            tokenizer,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub struct ArabicNormalizerFilter<T> {
    tokenizer: T,
    buffer: String,
}

impl<T: Tokenizer> Tokenizer for ArabicNormalizerFilter<T> {
    type TokenStream<'a> = ArabicNormalizerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.buffer.clear();
        ArabicNormalizerStream {
            tail: self.tokenizer.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

pub struct ArabicNormalizerStream<'a, T> {
    buffer: &'a mut String,
    tail: T,
}

impl<T: TokenStream> TokenStream for ArabicNormalizerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        if !self.tail.token().text.is_ascii() {
            normalize_arabic(&self.tail.token().text, self.buffer);
            mem::swap(&mut self.tail.token_mut().text, self.buffer);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: &str, text: &str) -> Vec<String> {
        let manager = TokenizerManager::default();
        register(&manager);
        let mut analyzer = manager.get(&tokenizer_name(lang)).expect("registered");
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn p4_4_arabic_with_and_without_diacritics_is_one_term() {
        // "the conference" with full tashkeel, and without.
        assert_eq!(tokens("ar", "المُؤْتَمَر"), tokens("ar", "المؤتمر"));
        // Alef with hamza above or below, or madda, is alef.
        assert_eq!(tokens("ar", "إتفاقية"), tokens("ar", "اتفاقية"));
        assert_eq!(tokens("ar", "أتفاقية"), tokens("ar", "اتفاقية"));
        // Tatweel is decoration.
        assert_eq!(tokens("ar", "اتفـــاقية"), tokens("ar", "اتفاقية"));
        // A word with diacritics stays one token.
        assert_eq!(tokens("ar", "الذَّخَائِر").len(), 1);
    }

    #[test]
    fn p4_4_french_and_spanish_match_other_inflections() {
        assert_eq!(tokens("fr", "réunions"), tokens("fr", "réunion"));
        assert_eq!(tokens("fr", "États"), tokens("fr", "état"));
        assert_eq!(tokens("es", "municiones"), tokens("es", "munición"));
        assert_eq!(tokens("en", "meetings"), tokens("en", "meeting"));
        assert_ne!(tokens("en", "meeting"), tokens("en", "meat"));
    }
}
