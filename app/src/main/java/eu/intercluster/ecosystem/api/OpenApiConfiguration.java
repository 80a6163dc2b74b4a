package eu.intercluster.ecosystem.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document of the REST API ({@code /api/v1/openapi}, Swagger UI at {@code /api/v1/docs}):
 * description, bearer-token security, tags, and the RFC 9457 problem responses of the ecosystem
 * endpoints as {@code application/problem+json}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String TAG_ORGANISATIONS = "Organisations";
  static final String TAG_PEOPLE = "People";
  static final String TAG_PLACES = "Places";
  static final String TAG_PROGRAMMES = "Programmes";
  static final String TAG_AGREEMENTS = "Agreements";
  static final String TAG_ACTIVITIES = "Activities";
  static final String TAG_RELATIONS = "Relations";
  static final String TAG_SOURCES = "Sources";
  static final String TAG_THEMES = "Themes";
  static final String TAG_MAP = "Network";
  static final String TAG_TRANSFER = "Import and export";

  static final String BEARER = "bearerToken";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM_SCHEMA = "Problem";

  static final String DESCRIPTION = """
      The ecosystem map of Intercluster: organisations, people and their roles, places, programmes, \
      agreements, activities, themes and the typed, dated relations between them, each with its source.

      **Access.** Reading (GET) is public unless the installation turned public read off (then any \
      signed-in user may read). Every change (POST, PUT, DELETE) needs the **EDITOR** role. Scripts \
      authenticate with `Authorization: Bearer <personal token>`; create the token on the `/account` page. \
      Requests with a bearer token need no CSRF token.

      **Errors** are RFC 9457 problem details (`application/problem+json`): invalid input answers 400 with \
      `errors`, an array of `{field, message}` naming each field, query parameter or JSON path (`$.kind`); \
      unknown ids 404; conflicts 409 (`details` lists what conflicts, `candidates` the possible duplicates); \
      a rejected import 422 with every problem's JSON path or CSV line (nothing is written); 401/403 say \
      what the request lacks.

      **Lists** answer `{content, page, size, totalElements, totalPages}`; `page` counts from 0, `size` is \
      1 to 200 (default 20).""";

  @Bean
  OpenAPI interclusterOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Intercluster API").version("1.0.0").description(DESCRIPTION)
            .license(new License().name("Open source")))
        .components(new Components()
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A personal API token created on the /account page: `Authorization: Bearer ic_...`"))
            .addSchemas("FieldProblem", new ObjectSchema()
                .addProperty("field", new StringSchema().description("Field, query parameter, JSON path or CSV line").example("name"))
                .addProperty("message", new StringSchema().description("What is wrong").example("must not be blank")))
            .addSchemas(PROBLEM_SCHEMA, problemSchema()))
        .tags(List.of(
            new Tag().name(TAG_ORGANISATIONS).description("Clusters, companies, universities, public bodies, infrastructures; CSV import and export"),
            new Tag().name(TAG_PEOPLE).description("People and their roles at organisations"),
            new Tag().name(TAG_PLACES).description("Countries, regions, cities, venues, infrastructures"),
            new Tag().name(TAG_PROGRAMMES).description("Funding programmes, projects, strategies, initiatives"),
            new Tag().name(TAG_AGREEMENTS).description("MoUs, protocols and other agreements with their parties"),
            new Tag().name(TAG_ACTIVITIES).description("Missions, forums, brokerage events, visits"),
            new Tag().name(TAG_RELATIONS).description("Typed, dated links between records with source and quote"),
            new Tag().name(TAG_SOURCES).description("Documents that facts are quoted from"),
            new Tag().name(TAG_THEMES).description("The theme taxonomy in English and Italian"),
            new Tag().name(TAG_MAP).description("The network for drawing and the links between regions"),
            new Tag().name(TAG_TRANSFER).description("The whole map as one JSON document, all-or-nothing import")));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema().description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri").example("https://intercluster.eu/problems/validation"))
        .addProperty("title", new StringSchema().example("Invalid input"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("name: must not be blank"))
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
            .description("Invalid input (400, 422): every field, parameter, JSON path or CSV line with its reason"))
        .addProperty("details", new ArraySchema().items(new StringSchema())
            .description("Conflicts (409): what conflicts, e.g. the relations that still refer to a record"))
        .addProperty("candidates", new ArraySchema().items(new ObjectSchema()
                .addProperty("kind", new StringSchema()).addProperty("id", new IntegerSchema().format("int64"))
                .addProperty("key", new StringSchema()).addProperty("label", new StringSchema())
                .addProperty("path", new StringSchema().example("/api/v1/organisations/3"))
                .addProperty("mergeInto", new StringSchema().example("into=3")))
            .description("Possible duplicates (409 possible-duplicate): the existing organisations"))
        .addProperty("hint", new StringSchema().description("What to do next, for possible duplicates"));
  }

  /** Documents the problem answers and the security of every ecosystem endpoint. */
  @Bean
  OperationCustomizer ecosystemProblemResponses() {
    return (operation, handler) -> {
      if (handler.getBeanType().getPackageName().equals(OpenApiConfiguration.class.getPackageName())) {
        describeProblems(operation, handler);
      }
      return operation;
    };
  }

  static void describeProblems(Operation operation, HandlerMethod handler) {
    boolean read = handler.hasMethodAnnotation(GetMapping.class);
    boolean delete = handler.hasMethodAnnotation(DeleteMapping.class);
    boolean write = handler.hasMethodAnnotation(PostMapping.class) || handler.hasMethodAnnotation(PutMapping.class)
        || handler.hasMethodAnnotation(PatchMapping.class) || delete;
    boolean byId = Arrays.stream(handler.getMethodParameters())
        .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class) && "id".equals(p.getParameterName()));
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    if (handler.getMethodParameters().length > 0) {
      problem(operation, "400", "Invalid input: `errors` names each field, parameter or JSON path and the reason");
    }
    if (byId) {
      problem(operation, "404", "No record with this id");
    }
    if (write) {
      problem(operation, "401", "Not signed in, or the bearer token is unknown or revoked");
      problem(operation, "403", "The EDITOR role is needed");
      operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
    } else if (read) {
      problem(operation, "401", "Not signed in, on an installation without public read");
    }
    if (write && !delete) {
      problem(operation, "422", "Rejected: unknown referenced records or themes, or an invalid import; "
          + "`errors` lists every problem and nothing is written");
    }
    if (delete || handler.hasMethodAnnotation(PostMapping.class)) {
      problem(operation, "409", "Conflict: `details` lists what conflicts (references, possible duplicates with `candidates`)");
    }
  }

  private static void problem(Operation operation, String status, String description) {
    if (operation.getResponses().containsKey(status)) {
      return;
    }
    operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
        .content(new Content().addMediaType(PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
  }
}
