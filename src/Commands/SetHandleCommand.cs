namespace Conversational.Commands;

/// <summary>"#handle lea_m", "#pseudo @lea_m", "#معرف ليا": the @handle others send to (lower case, without the @);
/// without one, shows the current handle. A chosen handle is 2 to 32 letters, digits or _, in one script (Latin
/// a-z or Arabic), with at least one letter.</summary>
public sealed record SetHandleCommand(Language Language, string? Handle = null) : Command(Language)
{
    public override CommandKind Kind => CommandKind.Handle;
}
