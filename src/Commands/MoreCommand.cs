namespace Conversational.Commands;

/// <summary>"more", "plus", "المزيد": the next page of what was just shown (the statement).</summary>
public sealed record MoreCommand(Language Language) : Command(Language)
{
    public override CommandKind Kind => CommandKind.More;
}
