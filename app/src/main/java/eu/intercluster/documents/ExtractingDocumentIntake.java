package eu.intercluster.documents;

import eu.intercluster.documents.persistence.DocumentRecord;
import eu.intercluster.documents.persistence.DocumentRepository;
import eu.intercluster.documents.persistence.ProposedEntityRecord;
import eu.intercluster.documents.persistence.ProposedEntityRepository;
import eu.intercluster.documents.persistence.ProposedRelationRecord;
import eu.intercluster.documents.persistence.ProposedRelationRepository;
import eu.intercluster.ecosystem.KnownRecord;
import eu.intercluster.ecosystem.MapNames;
import eu.intercluster.extraction.Entity;
import eu.intercluster.extraction.ExtractedDocument;
import eu.intercluster.extraction.Extractor;
import eu.intercluster.extraction.GazetteerEntry;
import eu.intercluster.extraction.Relation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads files ({@link FileText}), normalises and hashes the body,
 * and stores the document with the extractor's proposals in one transaction. The extractor's
 * gazetteer is the map's names, each carrying its record key back as the external id.
 */
@Service
class ExtractingDocumentIntake implements DocumentIntake {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractingDocumentIntake.class);
  static final int MAX_BODY_CHARS = 2_000_000;
  static final String PASTED = "pasted text";

  private final DocumentRepository documents;
  private final ProposedEntityRepository entities;
  private final ProposedRelationRepository relations;
  private final MapNames mapNames;
  private final TransactionTemplate transaction;

  ExtractingDocumentIntake(DocumentRepository documents, ProposedEntityRepository entities,
      ProposedRelationRepository relations, MapNames mapNames, PlatformTransactionManager transactions) {
    this.documents = documents;
    this.entities = entities;
    this.relations = relations;
    this.mapNames = mapNames;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public List<SubmitResult> submitAll(List<Upload> uploads) {
    List<SubmitResult> results = new ArrayList<>();
    for (Upload upload : uploads) {
      results.add(submit(upload.fileName(), upload.bytes()));
    }
    return results;
  }

  @Override
  public SubmitResult submit(String fileName, byte[] bytes) {
    String name = cleanName(fileName);
    try {
      if (bytes == null || bytes.length == 0) {
        return SubmitResult.rejected(name, "empty", "empty file");
      }
      if (bytes.length > MAX_BYTES) {
        return SubmitResult.rejected(name, "too-large",
            "file too large (" + bytes.length + " bytes, limit " + MAX_BYTES + " bytes = 2 MB)");
      }
      String body;
      try {
        body = FileText.read(name, bytes);
      } catch (FileText.Rejected rejected) {
        return SubmitResult.rejected(name, rejected.code, rejected.getMessage());
      }
      return store(name, BodyText.firstLine(BodyText.normalise(body), 300), body);
    } catch (RuntimeException failure) {
      LOG.warn("Could not import {}", name, failure);
      return failed(name, failure);
    }
  }

  @Override
  public SubmitResult submitText(String title, String text) {
    String label = title == null || title.isBlank() ? PASTED : title.strip();
    if (text == null || text.isBlank()) {
      return SubmitResult.rejected(label, "empty", "empty: no text to read");
    }
    if (text.indexOf('\u0000') >= 0) {
      return SubmitResult.rejected(label, "binary", "binary content (NUL characters), not text");
    }
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_BYTES) {
      return SubmitResult.rejected(label, "too-large", "text too large (" + size + " bytes, limit " + MAX_BYTES
          + " bytes = 2 MB)");
    }
    String body = BodyText.normalise(text);
    String docTitle = title == null || title.isBlank() ? BodyText.firstLine(body, 300) : BodyText.shorten(title.strip(), 1000);
    try {
      return store(null, docTitle, text, label);
    } catch (RuntimeException failure) {
      LOG.warn("Could not import pasted text {}", label, failure);
      return failed(label, failure);
    }
  }

  private static SubmitResult failed(String label, RuntimeException failure) {
    return SubmitResult.rejected(label, "failed", "could not be read (" + failure.getClass().getSimpleName() + ": "
        + failure.getMessage() + ")");
  }

  private SubmitResult store(String fileName, String title, String raw) {
    return store(fileName, title, raw, fileName);
  }

  private SubmitResult store(String fileName, String title, String raw, String label) {
    String body = BodyText.normalise(raw);
    if (body.isEmpty()) {
      return SubmitResult.rejected(label, "empty", "empty: no text to read");
    }
    if (body.length() > MAX_BODY_CHARS) {
      return SubmitResult.rejected(label, "too-large", "too much text (" + body.length() + " characters, limit "
          + MAX_BODY_CHARS + ")");
    }
    String hash = BodyText.sha256(body);
    var existing = documents.findByBodySha256(hash);
    if (existing.isPresent()) {
      return SubmitResult.duplicate(label, existing.get().getId(), existing.get().getTitle());
    }
    ExtractedDocument extracted = extractor().extract("doc", fileName == null ? PASTED : fileName, body);
    String user = currentUser();
    try {
      DocumentRecord saved = transaction.execute(status -> save(fileName, title.isBlank() ? label : title, hash, body,
          extracted, user));
      return SubmitResult.created(label, saved.getId(), saved.getTitle());
    } catch (DataIntegrityViolationException race) {
      return documents.findByBodySha256(hash)
          .map(d -> SubmitResult.duplicate(label, d.getId(), d.getTitle()))
          .orElseThrow(() -> race);
    }
  }

  private DocumentRecord save(String fileName, String title, String hash, String body, ExtractedDocument extracted,
      String user) {
    DocumentRecord document = new DocumentRecord(BodyText.shorten(title, 1000),
        fileName == null ? null : BodyText.shorten(fileName, 300), hash, body);
    document.setLanguage(extracted.lang());
    document.setDocDate(extracted.docDate() == null ? null : BodyText.shorten(extracted.docDate(), 40));
    document.setUploadedBy(user);
    documents.saveAndFlush(document);
    Map<String, List<int[]>> occurrences = new HashMap<>();
    for (Entity e : extracted.entities()) {
      entities.save(new ProposedEntityRecord(document.getId(), e.id(), e.type().name(), BodyText.shorten(e.text(), 1000),
          ProposalJson.mentions(e.mentions()), ProposalJson.attributes(e.attributes()),
          ProposalJson.offsets(e.occurrences()), e.externalId()));
      occurrences.put(e.id(), e.occurrences().stream().map(m -> new int[] {m.start(), m.end()}).toList());
    }
    List<int[]> sentences = BodyText.sentences(body);
    for (Relation r : extracted.relations()) {
      String quote = BodyText.quote(body, sentences, occurrences.getOrDefault(r.arg0(), List.of()),
          occurrences.getOrDefault(r.arg1(), List.of()));
      relations.save(new ProposedRelationRecord(document.getId(), r.type(), r.arg0(), r.arg1(),
          BodyText.shorten(r.note(), 1000), quote));
    }
    return document;
  }

  private Extractor extractor() {
    List<GazetteerEntry> gazetteer = new ArrayList<>();
    for (KnownRecord record : mapNames.all()) {
      if (record.names().isEmpty()) {
        continue;
      }
      gazetteer.add(new GazetteerEntry(record.names().get(0), record.names().subList(1, record.names().size()),
          Kinds.entityType(record.ref().kind()), Kinds.gazetteerKind(record.ref().kind(), record.subkind()),
          record.ref().key()));
    }
    return Extractor.builder().gazetteer(gazetteer).build();
  }

  /** The file's own name without any folder, safe to use as a temporary file name. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "upload";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  static String currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null
        : BodyText.shorten(auth.getName(), 100);
  }
}
