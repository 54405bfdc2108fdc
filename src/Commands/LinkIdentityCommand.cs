namespace Conversational.Commands;

/// <summary>"#link +33612345678", "#lier telegram @lea", "ربط @lea": asks to link another channel identity to the
/// person's wallet (a code is sent there); "#link 123456" types that code back; "#link" alone shows what is linked.</summary>
public sealed record LinkIdentityCommand(Language Language, LinkTarget? Target = null, string? Code = null) : Command(Language)
{
    /// <summary>Digits in a link code (written 0-9 in <see cref="Code"/>, whatever the script typed).</summary>
    public const int CodeLength = 6;

    public override CommandKind Kind => CommandKind.Link;
}
