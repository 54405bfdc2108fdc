namespace Conversational.Bots.Conversations.Texts;

/// <summary>The CLDR plural categories: which form of a word a count takes in a given language.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
