//! A small OData `$filter` parser and evaluator: the subset Graph supports on incidents.
//!
//! It is deliberately independent of `query.rs`, so the demo tenant checks the app's output the way
//! Graph would instead of trusting it.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::graph::lenient::parse_datetime;

/// The properties Graph lets `$filter` use on `security/incidents`.
pub const FILTERABLE: &[&str] =
    &["assignedTo", "classification", "createdDateTime", "determination", "lastUpdateDateTime", "severity", "status"];

#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Text(String),
    Time(DateTime<Utc>),
    Null,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Compare { property: String, op: Op, value: Literal },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Open,
    Close,
    Word(String),
    Text(String),
}

fn tokenize(input: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' => {
                chars.next();
            }
            '(' | ')' => {
                chars.next();
                tokens.push(if c == '(' { Token::Open } else { Token::Close });
            }
            '\'' => {
                chars.next();
                let mut text = String::new();
                loop {
                    match chars.next() {
                        Some('\'') if chars.peek() == Some(&'\'') => {
                            chars.next();
                            text.push('\'');
                        }
                        Some('\'') => break,
                        Some(other) => text.push(other),
                        None => return Err("Unterminated string literal.".into()),
                    }
                }
                tokens.push(Token::Text(text));
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c == ' ' || c == '(' || c == ')' || c == '\'' {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                tokens.push(Token::Word(word));
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek_word(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or_expr(&mut self) -> Result<Expr, String> {
        let mut left = self.and_expr()?;
        while self.peek_word("or") {
            self.at += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and_expr()?));
        }
        Ok(left)
    }

    fn and_expr(&mut self) -> Result<Expr, String> {
        let mut left = self.primary()?;
        while self.peek_word("and") {
            self.at += 1;
            left = Expr::And(Box::new(left), Box::new(self.primary()?));
        }
        Ok(left)
    }

    fn primary(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Token::Open) => {
                let inner = self.or_expr()?;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("Expected ')'.".into()),
                }
            }
            Some(Token::Word(property)) => {
                if !FILTERABLE.contains(&property.as_str()) {
                    return Err(format!("Could not find a property named '{property}' that can be filtered."));
                }
                let op = match self.next() {
                    Some(Token::Word(op)) => parse_op(&op)?,
                    _ => return Err("Expected a comparison operator.".into()),
                };
                let value = match self.next() {
                    Some(Token::Text(text)) => Literal::Text(text),
                    Some(Token::Word(word)) if word == "null" => Literal::Null,
                    Some(Token::Word(word)) => {
                        Literal::Time(parse_datetime(&word).ok_or(format!("'{word}' is not a valid literal."))?)
                    }
                    _ => return Err("Expected a value.".into()),
                };
                Ok(Expr::Compare { property, op, value })
            }
            _ => Err("Syntax error in $filter.".into()),
        }
    }
}

fn parse_op(op: &str) -> Result<Op, String> {
    Ok(match op {
        "eq" => Op::Eq,
        "ne" => Op::Ne,
        "gt" => Op::Gt,
        "ge" => Op::Ge,
        "lt" => Op::Lt,
        "le" => Op::Le,
        other => return Err(format!("Unknown operator '{other}'.")),
    })
}

/// Parses a decoded `$filter` value.
pub fn parse(input: &str) -> Result<Expr, String> {
    let mut parser = Parser { tokens: tokenize(input)?, at: 0 };
    let expr = parser.or_expr()?;
    if parser.at != parser.tokens.len() {
        return Err("Unexpected text after the end of the expression.".into());
    }
    Ok(expr)
}

fn compare<T: PartialOrd>(left: &T, op: Op, right: &T) -> bool {
    match op {
        Op::Eq => left == right,
        Op::Ne => left != right,
        Op::Gt => left > right,
        Op::Ge => left >= right,
        Op::Lt => left < right,
        Op::Le => left <= right,
    }
}

/// Evaluates the expression against one incident's JSON.
pub fn matches(expr: &Expr, incident: &Value) -> bool {
    match expr {
        Expr::And(a, b) => matches(a, incident) && matches(b, incident),
        Expr::Or(a, b) => matches(a, incident) || matches(b, incident),
        Expr::Compare { property, op, value } => {
            let field = incident.get(property).unwrap_or(&Value::Null);
            match (value, field) {
                (Literal::Null, Value::Null) => compare(&0, *op, &0),
                (Literal::Null, _) => *op == Op::Ne,
                (Literal::Text(text), Value::String(actual)) => compare(actual, *op, text),
                (Literal::Time(time), Value::String(actual)) => {
                    parse_datetime(actual).is_some_and(|actual| compare(&actual, *op, time))
                }
                (_, Value::Null) => *op == Op::Ne,
                _ => false,
            }
        }
    }
}
