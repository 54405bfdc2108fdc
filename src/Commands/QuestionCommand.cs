namespace Conversational.Commands;

/// <summary>Free text that is no command ("where is my order?"), kept whole for the FAQ and the advisors.</summary>
public sealed record QuestionCommand(string Text, Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Question;
}
