using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Conversational.Bots.Channels;

/// <summary>
/// Builds the hash a long message is known by in <see cref="StoredPartProgress{TState}"/>: SHA-256 (lower-case hex) of
/// strings each preceded by its UTF-8 length (so no two different messages share it) and of numbers (the lengths of the
/// parts it is cut into, so a progress saved before the cutting changed matches nothing).
/// </summary>
internal sealed class PartHash : IDisposable
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public PartHash Add(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value);
        Add(bytes.Length);
        _sha.AppendData(bytes);
        return this;
    }

    public PartHash Add(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        _sha.AppendData(bytes);
        return this;
    }

    public PartHash AddLengths(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var part in parts)
        {
            Add(part.Length);
        }
        return this;
    }

    public string Hex() => Convert.ToHexStringLower(_sha.GetHashAndReset());

    public void Dispose() => _sha.Dispose();
}
