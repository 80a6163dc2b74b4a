package eu.intercluster.documents.web;

import eu.intercluster.documents.DocumentIntake;
import eu.intercluster.documents.DocumentReview;
import eu.intercluster.documents.NewRecord;
import eu.intercluster.documents.ReviewQueue;
import eu.intercluster.documents.SubmitResult;
import eu.intercluster.documents.Upload;
import eu.intercluster.ecosystem.PossibleDuplicateException;
import eu.intercluster.ecosystem.RecordKind;
import eu.intercluster.ecosystem.RecordRef;
import eu.intercluster.ecosystem.ThemeCatalogue;
import eu.intercluster.system.ConflictException;
import eu.intercluster.system.FieldProblem;
import eu.intercluster.system.InvalidInputException;
import eu.intercluster.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Documents pages: the list with the paste and upload forms (results per file, the results
 * alone for htmx), and each document with its highlighted text and the review queue. Every action
 * is a plain form post that redirects back to the entity or relation it changed.
 */
@Controller
@RequestMapping("/documents")
class DocumentController {

  private final DocumentIntake intake;
  private final ReviewQueue queue;
  private final ThemeCatalogue themes;
  private final MessageSource messages;
  private final DataSize maxRequest;

  DocumentController(DocumentIntake intake, ReviewQueue queue, ThemeCatalogue themes, MessageSource messages,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
    this.intake = intake;
    this.queue = queue;
    this.themes = themes;
    this.messages = messages;
    this.maxRequest = maxRequest;
  }

  // ---- list, paste and upload -----------------------------------------------------------------

  @GetMapping
  String list(Model model) {
    return listPage(model, List.of());
  }

  private String listPage(Model model, List<SubmitResult> results) {
    model.addAttribute("documents", queue.documents());
    model.addAttribute("results", results);
    model.addAttribute("maxMegabytes", DocumentIntake.MAX_BYTES / (1024 * 1024));
    model.addAttribute("maxRequestBytes", maxRequest.toBytes());
    model.addAttribute("maxRequestMegabytes", maxRequest.toMegabytes());
    return "documents/list";
  }

  @PostMapping("/text")
  String submitText(@RequestParam(required = false) String title, @RequestParam(required = false) String text,
      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
    SubmitResult result = intake.submitText(title, text);
    if (result.isCreated()) {
      redirect.addFlashAttribute("flash", messages.getMessage("documents.flash.created",
          new Object[] {result.title()}, locale));
      return "redirect:/documents/" + result.documentId();
    }
    response.setStatus(result.isDuplicate() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("pastedTitle", title);
    model.addAttribute("pastedText", result.isDuplicate() ? null : text);
    return listPage(model, List.of(result));
  }

  @PostMapping("/upload")
  String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
    List<Upload> uploads = new ArrayList<>();
    List<SubmitResult> unreadable = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
        continue;
      }
      try {
        uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
      } catch (IOException e) {
        unreadable.add(SubmitResult.rejected(file.getOriginalFilename(), "failed", "could not be received"));
      }
    }
    List<SubmitResult> results = new ArrayList<>(intake.submitAll(uploads));
    results.addAll(unreadable);
    model.addAttribute("results", results);
    model.addAttribute("noFiles", uploads.isEmpty() && unreadable.isEmpty());
    if ("true".equals(htmx)) {
      model.addAttribute("documents", queue.documents());
      model.addAttribute("oob", true);
      return "documents/upload-response :: response";
    }
    return listPage(model, results);
  }

  // ---- a document and its review ----------------------------------------------------------------

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model, Locale locale) {
    DocumentReview review = queue.review(id);
    model.addAttribute("review", review);
    model.addAttribute("doc", review.document());
    model.addAttribute("themes", themes.all(locale));
    model.addAttribute("types", review.entities().stream().map(e -> e.type()).distinct().sorted()
        .collect(Collectors.toList()));
    return "documents/detail";
  }

  @PostMapping("/{id}/entities/{entityId}/link")
  String link(@PathVariable long id, @PathVariable long entityId, @RequestParam(required = false) String record,
      Locale locale, RedirectAttributes redirect) {
    return act(id, "entity-" + entityId, locale, redirect, () -> {
      String[] parts = record == null ? new String[0] : record.split(":", 2);
      if (parts.length != 2) {
        throw new InvalidInputException("record", messages.getMessage("documents.problem.choose", null, locale));
      }
      RecordKind kind;
      long recordId;
      try {
        kind = RecordKind.valueOf(parts[0]);
        recordId = Long.parseLong(parts[1]);
      } catch (IllegalArgumentException bad) {
        throw new InvalidInputException("record", messages.getMessage("documents.problem.choose", null, locale));
      }
      RecordRef ref = queue.link(id, entityId, kind, recordId);
      return messages.getMessage("documents.flash.linked", new Object[] {ref.label()}, locale);
    });
  }

  @PostMapping("/{id}/entities/{entityId}/create")
  String create(@PathVariable long id, @PathVariable long entityId, @RequestParam(required = false) String name,
      @RequestParam(required = false) String subkind, @RequestParam(defaultValue = "false") boolean allowSimilar,
      Locale locale, RedirectAttributes redirect) {
    return act(id, "entity-" + entityId, locale, redirect, () -> {
      RecordRef ref = queue.create(id, entityId, new NewRecord(name, subkind), allowSimilar);
      return messages.getMessage("documents.flash.created-record", new Object[] {ref.label()}, locale);
    });
  }

  @PostMapping("/{id}/entities/{entityId}/theme")
  String theme(@PathVariable long id, @PathVariable long entityId, @RequestParam(required = false) String themeCode,
      Locale locale, RedirectAttributes redirect) {
    return act(id, "entity-" + entityId, locale, redirect, () -> {
      queue.acceptTheme(id, entityId, themeCode);
      return messages.getMessage("documents.flash.accepted", null, locale);
    });
  }

  @PostMapping("/{id}/entities/{entityId}/reject")
  String reject(@PathVariable long id, @PathVariable long entityId, Locale locale, RedirectAttributes redirect) {
    return act(id, "entity-" + entityId, locale, redirect, () -> {
      queue.reject(id, entityId);
      return messages.getMessage("documents.flash.rejected", null, locale);
    });
  }

  @PostMapping("/{id}/relations/{relationId}/accept")
  String acceptRelation(@PathVariable long id, @PathVariable long relationId, Locale locale,
      RedirectAttributes redirect) {
    return act(id, "relation-" + relationId, locale, redirect, () -> {
      queue.acceptRelation(id, relationId);
      return messages.getMessage("documents.flash.relation-written", null, locale);
    });
  }

  @PostMapping("/{id}/relations/{relationId}/reject")
  String rejectRelation(@PathVariable long id, @PathVariable long relationId, Locale locale,
      RedirectAttributes redirect) {
    return act(id, "relation-" + relationId, locale, redirect, () -> {
      queue.rejectRelation(id, relationId);
      return messages.getMessage("documents.flash.rejected", null, locale);
    });
  }

  private interface Action {
    String run();
  }

  /** Runs one review action; its outcome or the reason it was refused is shown on the document page. */
  private String act(long id, String anchor, Locale locale, RedirectAttributes redirect, Action action) {
    try {
      redirect.addFlashAttribute("flash", action.run());
    } catch (PossibleDuplicateException duplicate) {
      redirect.addFlashAttribute("problem", messages.getMessage("documents.problem.duplicate-record",
          new Object[] {duplicate.candidates().stream().map(RecordRef::label).collect(Collectors.joining(", "))},
          locale));
      redirect.addFlashAttribute("problemAt", anchor);
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problem", invalid.problems().stream().map(FieldProblem::message)
          .collect(Collectors.joining("; ")));
      redirect.addFlashAttribute("problemAt", anchor);
    } catch (ConflictException conflict) {
      redirect.addFlashAttribute("problem", conflict.getMessage());
      redirect.addFlashAttribute("problemAt", anchor);
    }
    return "redirect:/documents/" + id + "#" + anchor;
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException missing, Model model) {
    model.addAttribute("message", missing.getMessage());
    return "documents/missing";
  }

  /** {@code /documents/new}: not a document id, so no such page (was a bare 400 error page). */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notAnId(MethodArgumentTypeMismatchException mismatch, Model model) {
    model.addAttribute("message", mismatch.getName() + ": " + mismatch.getValue());
    return "documents/missing";
  }
}
