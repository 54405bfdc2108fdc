namespace Conversational.Commands;

/// <summary>A language the service reads and answers in.</summary>
public enum Language
{
    English,
    French,
    Arabic,
}
