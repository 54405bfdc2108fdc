namespace Conversational.Commands.Keywords;

/// <summary>The languages a word belongs to; "ok" and "stop" belong to two.</summary>
[Flags]
internal enum LanguageSet
{
    None = 0,
    English = 1,
    French = 2,
    Arabic = 4,
}
