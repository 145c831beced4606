using System.Security.Cryptography;
using System.Text;

namespace StrategyMiner.Export;

/// <summary>
/// Name-based GUIDs (RFC 4122 §4.3, version 5: SHA-1 of namespace + UTF-8 name), so that the same
/// code, document, passage or reviewer gets the same GUID in every export and a re-imported
/// project lines up with the previous one.
/// </summary>
internal static class DeterministicGuid
{
    /// <summary>The RFC 4122 URL namespace.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>StrategyMiner's own namespace, derived from a URN in the URL namespace.</summary>
    public static readonly Guid StrategyMiner = Create(UrlNamespace, "urn:strategyminer:refi-qda");

    /// <summary>The GUID for a StrategyMiner id such as "code:T1" or "source:&lt;document id&gt;".</summary>
    public static Guid For(string name) => Create(StrategyMiner, name);

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
